switch (x) {
  case 1:
  case 2:
    f();
    break;
  default:
    g();
}
