docker run nosuchimage
echo $?
docker run Nginx
echo $?
docker run alpine:9.9
docker run alpine nosuchcmd
echo $?
docker run alpine /bin/nosuch
echo $?
docker run --pull never hello-world
echo $?
docker ps -a
docker run --name web hello-world
docker run --name web hello-world
echo $?
docker run --name "bad name" hello-world
echo $?
