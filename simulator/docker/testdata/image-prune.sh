docker image prune
echo $?
docker image prune -f
docker pull alpine:3.20
docker pull alpine:3.19
docker tag alpine:3.20 mine
docker rmi alpine:3.20
docker tag alpine:3.19 mine
docker images
docker image prune --force
docker images
docker pull hello-world
docker run --name hi hello-world
docker image prune -a
docker image prune -a --force --filter until=8760h
docker images
docker image prune -a -f --filter label=maintainer
docker pull -q nginx:1.27-alpine
docker image prune -a -f --filter "label!=maintainer"
docker images
docker image prune -f --filter colour=red
docker image prune -f --filter until=yesterday
docker image prune -f --filter until=1h --filter until=2h
docker image prune -f --filter dangling=maybe
docker image prune -f --filter nofilter
echo $?
docker image prune extra
