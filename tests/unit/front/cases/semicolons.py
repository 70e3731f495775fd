a = 1; b = 2
c; d;
x = 1;
