({ get a(x){} })
