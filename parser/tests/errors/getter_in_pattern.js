({get a() {}} = x)
