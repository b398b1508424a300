const f = a ? (b) => b : (c) => c;
