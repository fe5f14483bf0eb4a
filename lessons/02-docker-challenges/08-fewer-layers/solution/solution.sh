docker build -t tools .
