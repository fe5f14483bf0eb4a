docker swarm init
DOCKYARD_NODE=worker1 docker swarm join --token $(docker swarm join-token -q worker) 192.168.65.3:2377
DOCKYARD_NODE=worker2 docker swarm join --token $(docker swarm join-token -q worker) 192.168.65.3:2377
DOCKYARD_NODE=worker3 docker swarm join --token SWMTKN-1-bogus 192.168.65.3:2377
docker node ls
docker service create --replicas 6 -p 80:80 --name web nginx
docker service ps web
docker ps --format '{{.Names}}'
curl -s localhost:80 | head -4
docker node update --availability drain worker1
sleep 5
docker service ps web
docker node ls
docker node inspect --pretty worker1
docker node update --availability maybe worker1
docker node update --availability active nosuchnode
