var \u0069f
