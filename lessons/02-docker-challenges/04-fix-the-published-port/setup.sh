docker build -q -t python-helloworld .
docker run -d --name broken-web -p 5000:5111 python-helloworld
