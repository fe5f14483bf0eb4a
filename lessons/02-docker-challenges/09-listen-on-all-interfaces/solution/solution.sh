docker build -t python-helloworld .
docker run -d --name web -p 5111:5000 python-helloworld
curl localhost:5111
