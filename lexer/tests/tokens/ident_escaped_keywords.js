\u0069f; l\u0065t; \u{74}his; n\u0075ll;
