docker service ls
docker swarm init
docker swarm init
docker node ls
docker service create --replicas 3 -p 80:80 --name web nginx
docker service ls
docker service ps web
docker ps
curl -s localhost:80 | head -4
docker service scale web=5
docker service ls
docker service update --update-parallelism 2 --update-delay 10s --image nginx:1.27 web
docker service ps web
docker service ls
docker service rm web
docker service ls
docker swarm leave
docker swarm leave --force
docker node ls
