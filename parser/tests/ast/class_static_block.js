class Config {
  static settings;
  static {
    this.settings = load();
  }
}
