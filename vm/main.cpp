// main.cpp — the minipy command line (placeholder until the VM lands).
int main() { return 0; }
