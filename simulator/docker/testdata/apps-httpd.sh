docker run -d --name web -p 8080:80 httpd
docker logs web
curl localhost:8080
curl -i localhost:8080/missing
docker logs --tail 2 web
docker exec web httpd -v
docker exec web httpd -t
docker run -d --name site -p 8081:80 -v $PWD/site:/usr/local/apache2/htdocs httpd:alpine
curl localhost:8081
curl -i localhost:8081/docs
docker run --name bg httpd httpd
docker ps -a --format '{{.Names}} {{.Status}}'
