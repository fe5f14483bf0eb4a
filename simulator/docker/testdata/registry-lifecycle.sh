docker pull -q alpine
docker tag alpine localhost:5000/alpine
docker run -d --name reg -p 5000:5000 registry:2
docker push localhost:5000/alpine
curl localhost:5000/v2/_catalog
docker stop reg
docker push localhost:5000/alpine
curl localhost:5000/v2/_catalog
docker start reg
curl localhost:5000/v2/_catalog
docker restart reg
curl localhost:5000/v2/_catalog
docker pause reg
docker unpause reg
docker ps -a --format "{{.Names}}\t{{.Status}}\t{{.Ports}}"
docker rm -f reg
docker run -d --name reg -p 5000:5000 registry:2
curl localhost:5000/v2/_catalog
docker rm -fv reg
docker run -d --name reg -p 5000:5000 -v regdata:/var/lib/registry registry:2
docker push localhost:5000/alpine
docker rm -f -v reg
docker run -d --name reg2 -p 5000:5000 -v regdata:/var/lib/registry registry:2
curl localhost:5000/v2/_catalog
docker kill -s TERM reg2
docker ps -a --format "{{.Names}}\t{{.Status}}"
