# A two-service project: .env interpolation, the obsolete version warning, a healthcheck gating depends_on
docker compose config
docker compose config --services
docker compose config --volumes
docker compose up -d
docker compose ps
docker compose ls
docker compose port web 80
docker compose exec cache redis-cli ping
curl -s localhost:8080 | head -n 4
docker compose logs --tail 2
docker compose up -d
docker compose stop web
docker compose ps -a
docker compose start web
docker compose restart cache
docker compose images
docker network ls
docker compose down -v
docker compose ps -a
docker volume ls
