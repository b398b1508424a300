iff; in_; instanceof2; letter; ifé; returns; $if; _in;
