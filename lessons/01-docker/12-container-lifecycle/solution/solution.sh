docker run -d --name worker alpine sleep 3600
docker ps
docker exec worker sh -c "echo checked > /tmp/status.txt"
docker exec worker cat /tmp/status.txt
docker stop worker
docker ps -a
docker start worker
docker restart worker
docker inspect -f '{{.State.Status}} since {{.State.StartedAt}}' worker
docker run --name oneshot alpine echo finished
docker container prune -f
docker ps -a
