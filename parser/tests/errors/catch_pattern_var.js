try {} catch ([e]) { var e; }
