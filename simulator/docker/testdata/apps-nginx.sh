docker run -d --name web -p 8080:80 nginx
docker logs web
curl localhost:8080
curl -i localhost:8080/missing.html
docker logs --tail 3 web
docker exec web nginx -v
docker exec web nginx -t
docker exec web nginx -s reload
docker logs --tail 12 web
docker exec web nginx -s stop2
docker exec web nginx
docker restart web
docker logs --tail 15 web
docker build -q -t mysite .
docker run -d --name site -p 8081:80 mysite
docker logs site
curl localhost:8081
curl localhost:8081/about.html
curl -i localhost:8081/docs
curl localhost:8081/docs/
docker run --name bg nginx nginx
docker ps -a --format '{{.Names}} {{.Status}}'
docker run --rm nginx nginx -V
docker run --rm -v $PWD/conf/bad.conf:/etc/nginx/conf.d/default.conf nginx
docker run --rm -v $PWD/conf/bad.conf:/etc/nginx/conf.d/default.conf nginx nginx -t
docker network create shop
docker run -d --name spa --network shop -p 8082:80 -v $PWD/conf/spa.conf:/etc/nginx/conf.d/default.conf nginx
docker logs spa
curl localhost:8082/some/route
curl -i localhost:8082/api/items
docker exec web nginx -s quit
docker ps -a --format '{{.Names}} {{.Status}}'
docker logs --tail 6 web
docker run -d --name backend --network shop nginx:alpine
docker restart spa
docker logs --tail 2 spa
curl -i localhost:8082/api/items
docker logs --tail 2 backend
