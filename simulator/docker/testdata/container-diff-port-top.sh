docker run -d --name web -p 5111:5000 registry:2
docker exec web sh -c 'echo hi > /tmp/hello; rm /etc/alpine-release; mkdir -p /srv/new'
docker diff web
docker port web
docker port web 5000
docker port web 80
echo $?
docker top web
docker stop web
docker top web
docker diff nope
