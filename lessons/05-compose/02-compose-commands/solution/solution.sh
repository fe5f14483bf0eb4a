docker compose ps
docker compose ps -a
docker compose images
docker compose logs
docker compose logs db
docker compose logs --tail 3 db
docker compose exec db psql -U user -c "CREATE TABLE visits (at timestamp)"
docker compose exec db psql -U user -c "\dt"
docker compose exec web env
docker compose stop web
docker compose ps -a
docker compose start web
docker compose restart db
docker compose ps
