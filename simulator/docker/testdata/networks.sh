docker network ls
docker network create app-net
docker network ls
docker network create app-net
docker run -d --name reg --network app-net registry:2
docker run -d --name web --network app-net alpine sleep 1000
docker run -d --name other alpine sleep 1000
docker exec web wget -qO- http://reg:5000/v2/
docker exec web sh -c 'wget -qO- http://reg:5000/v2/_catalog'
docker exec other wget -qO- http://reg:5000/v2/
echo $?
docker network inspect app-net
docker network connect app-net other
docker exec other wget -qO- http://reg:5000/v2/
docker network rm app-net
docker network rm bridge
docker network rm nope
docker network inspect nope
docker run --network nope alpine true
echo $?
docker network disconnect app-net web
docker rm -f web reg other
docker network disconnect app-net web
docker network rm app-net
docker network create one
docker network create two
docker network prune -f
docker network ls -q --no-trunc --filter name=br
docker network ls --filter type=custom
