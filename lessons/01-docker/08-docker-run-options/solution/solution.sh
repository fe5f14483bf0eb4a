docker build -t python-helloworld .
docker run -d --name web -p 5111:5000 -e APP_COLOR=blue -v web-data:/data --cpus 1 python-helloworld
docker ps -a
curl localhost:5111
docker update --memory 200m --memory-swap 1G --cpu-shares 1024 web
docker logs web
