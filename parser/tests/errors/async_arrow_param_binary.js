async (a + b) => 1
