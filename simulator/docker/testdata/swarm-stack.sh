docker stack ls
docker swarm init
docker stack deploy -c compose.yml shop
docker stack deploy shop
docker stack ls
sleep 5
docker stack services shop
docker stack ps shop
curl -s localhost:8000 | head -4
docker ps --format '{{.Names}} {{.Image}}'
docker stack deploy --detach=false -c compose.yml shop
docker stack services nope
docker stack ps nope
docker stack rm shop
docker stack rm shop
docker stack ls
docker ps -a
