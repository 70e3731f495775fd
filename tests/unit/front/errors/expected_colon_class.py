class C
