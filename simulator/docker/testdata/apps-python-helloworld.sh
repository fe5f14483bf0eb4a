docker build -t python-helloworld python-helloworld
docker run -d -p 5111:5000 python-helloworld
docker ps
curl localhost:5111
docker logs $(docker ps -lq)
docker run -d -p 5111:5000 --name hello python-helloworld
docker ps -a --filter name=hello
docker rm hello
docker run -d -p 5112:5000 --name hello python-helloworld
docker run -d -p 5113:5000 --name hello python-helloworld
curl localhost:5112
curl localhost:5112/about
docker exec hello ls
docker exec hello python --version
docker exec hello pip show flask
docker stop hello
curl localhost:5112
docker start hello
curl localhost:5112
docker logs hello
docker rm hello
docker rm -f hello
docker ps -a
