a[*b, c]{
