docker build -t python-helloworld .
docker run -d --name web -p 5111:5000 -e APP_COLOR=blue -v web-data:/data --cpus 1 python-helloworld
docker ps -a
docker logs web
