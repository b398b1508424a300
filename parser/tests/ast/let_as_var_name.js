var let = 1;
