docker run -d --name web -v keep:/data registry:2
docker run --name done -v /scratch alpine true
docker network create unused-net
docker volume create lonely
docker build -q -t app:v1 app
docker build -q -t app:v1 app
docker tag alpine spare:1
docker system prune
echo $?
echo n | docker system prune --volumes -a
echo y | docker system prune --filter label=x=y
docker system prune --volumes --filter until=24h
docker system prune -f --filter bogus=1
docker system prune -f
docker ps -a --format '{{.Names}}'
docker network ls --format '{{.Name}}'
docker volume ls --format '{{.Name}}'
docker system prune -a -f --volumes
docker images --format '{{.Repository}}:{{.Tag}}'
docker volume ls --format '{{.Name}}'
docker system prune x
docker system prune --help
