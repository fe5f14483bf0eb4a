docker build -t api .
