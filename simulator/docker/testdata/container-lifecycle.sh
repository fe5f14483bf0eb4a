docker create --name web alpine sleep 300
docker ps -a --format "{{.Names}}\t{{.Status}}"
docker start web
docker start web
docker ps --format "{{.Names}}\t{{.Status}}"
docker pause web
docker ps --format "{{.Names}}\t{{.Status}}\t{{.State}}"
docker unpause web
docker stop web
echo $?
docker ps -a --format "{{.Names}}\t{{.Status}}"
docker stop web
docker container start web
docker stop -t 2 web
docker ps -a --format "{{.Names}}\t{{.Status}}"
docker start web
docker kill web
docker ps -a --format "{{.Names}}\t{{.Status}}"
docker restart web
docker ps --format "{{.Names}}\t{{.Status}}"
docker rename web api
docker ps --format "{{.Names}}"
docker run -d --name short alpine sleep 3
docker wait short api
docker container wait short
docker rm -f api
docker run -d --name gone --rm alpine sleep 2
sleep 5
docker ps -a --format "{{.Names}}\t{{.Status}}"
docker run -d --name r1 -p 5000:5000 registry:2
docker stop r1
docker ps -a --format "{{.Names}}\t{{.Status}}"
docker create --name c1 alpine echo one
docker create --name c2 alpine echo two
docker start -a c1
docker container ls -a -q --no-trunc
docker container prune
docker container prune -f
docker ps -a
