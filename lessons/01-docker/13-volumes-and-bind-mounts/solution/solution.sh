docker volume create shared
docker run --rm -v shared:/data alpine sh -c "echo 'written by the first container' > /data/message.txt"
docker run --rm -v shared:/data:ro alpine cat /data/message.txt
docker volume inspect shared
docker run -d --name site -p 8080:80 -v "$PWD/site:/usr/share/nginx/html:ro" nginx:1.27
docker exec site cat /usr/share/nginx/html/index.html
