'a\
b'; 'c\
d'; 'e\ f'; 'line sep'; 'para sep';
