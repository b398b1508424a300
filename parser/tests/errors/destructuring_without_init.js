let {a};
