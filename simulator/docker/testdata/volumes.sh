docker volume ls
docker volume create data
docker volume create volume-10
docker volume create volume-2
docker volume ls
docker run --name writer -v data:/data alpine sh -c 'echo shared > /data/note.txt'
docker run --rm -v data:/data alpine cat /data/note.txt
docker volume rm data
docker rm writer
docker run --rm -v data:/data:ro alpine sh -c 'echo again > /data/note.txt'
echo $?
docker volume inspect data
docker volume inspect --format '{{.Mountpoint}}' data
docker volume inspect nope
docker volume ls -q --filter name=volume
docker volume ls --filter dangling=maybe
docker volume ls --format '{{.Name}}: {{.Driver}}'
docker volume rm volume-2 volume-10 nope
docker volume rm -f nope
docker run -d --name keeper -v /cache alpine sleep 1000
docker volume prune -f
docker volume prune -af
docker rm -f keeper
docker volume prune -f
docker volume ls
docker volume create bad/name
docker run -d --name binder -v $(pwd)/site:/srv alpine sleep 1000
docker exec binder cat /srv/index.html
echo '<h1>edited</h1>' > site/index.html
docker exec binder cat /srv/index.html
docker exec binder sh -c 'echo from-container > /srv/new.txt'
cat site/new.txt
