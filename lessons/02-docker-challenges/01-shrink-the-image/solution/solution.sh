docker build -t small-app .
