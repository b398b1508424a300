const o = { a: 1, 'b': 2, 3: 'c', [k]: 4, d, ...rest };
