// Links every object of one library (whole archive) with only the dependencies it declares in
// CMakeLists.txt: an undeclared dependency is an undefined symbol here, at build time.
int main() { return 0; }
