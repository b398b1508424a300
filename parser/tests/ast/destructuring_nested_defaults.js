const { a: [b = 1, { c } = {}] = [] } = input;
