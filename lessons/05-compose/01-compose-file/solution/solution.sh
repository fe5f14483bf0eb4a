docker compose config --services
docker compose up -d
docker compose ps
curl localhost:4000
