docker stop nosuch
echo $?
docker run -d --name web alpine sleep 300
docker rm web
echo $?
docker pause web
docker pause web
docker rm web
docker start web
echo $?
docker unpause web
docker unpause web
docker kill web nosuch
echo $?
docker kill web
echo $?
docker pause web
docker start nosuch web
echo $?
docker kill -s BOGUS web
docker rm -f nosuch
echo $?
docker rm ""
docker rm /
docker stop " "
docker rename web web
docker rename nosuch x
docker rename web "bad name"
docker run -d --name other alpine sleep 300
docker rename web other
echo $?
docker start -a web other
docker run -d --rm --restart always alpine true
echo $?
docker run -d --restart sometimes alpine true
docker run -d --restart always:3 alpine true
docker run -d --restart on-failure:x alpine true
docker run -d --restart :3 alpine true
docker run -d --restart on-failure:-1 alpine true
docker create --name web alpine
echo $?
docker stop -s FOO web
docker stop
docker logs
docker wait nosuch
docker logs nosuch
docker container prune -f --filter colour=red
docker rm -f web other
