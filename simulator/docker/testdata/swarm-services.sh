docker node ls
docker swarm join-token worker
docker swarm init --advertise-addr 10.1.2.3
docker swarm join-token manager
docker swarm join-token -q worker
docker swarm join-token boss
docker swarm join --token x 10.1.2.3:2377
docker node inspect --pretty self
docker service create --name api --env GREETING=hi --update-delay 10s --replicas 2 -p 8080:80 -d nginx
docker service ps api
sleep 5
docker service ps api
docker service create --name api nginx
docker service create --name other -p 8080:80 nginx
docker service inspect --pretty api
docker service update --image nginx:1.27 api
docker service rollback api
docker service rollback api
docker service ps api
curl -s -o index.html localhost:8080
docker service logs --tail 1 api
docker service scale api=x
docker service update --image nginx:1.27 nope
docker service rollback agent
docker service scale nope=2
docker service ps nope
docker service create --mode global --name agent -d alpine sleep 3600
sleep 3
docker service ls
docker service scale agent=3
docker node update --availability drain dockyard
sleep 1
docker service ls
docker service ps api
docker node update --availability active dockyard
sleep 3
docker service ls
docker service ps --filter desired-state=running api
docker service rm api agent nope
docker ps -a
docker service create -d --name solo --replicas 1 nginx
sleep 3
docker ps --format '{{.Names}} {{.Status}}'
docker rm -f $(docker ps -q --filter name=solo)
sleep 1
docker service ps solo
sleep 7
docker service ps solo
docker ps --format '{{.Names}} {{.Status}}'
