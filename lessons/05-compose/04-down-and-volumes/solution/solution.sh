docker compose exec db psql -U user -c "CREATE TABLE notes (body text)"
docker compose exec db psql -U user -c "INSERT INTO notes VALUES ('still here')"
docker compose down
docker compose ps -a
docker volume ls
docker compose up -d
docker compose exec db psql -U user -c "SELECT * FROM notes"
docker compose down -v
docker compose up -d
! docker compose exec db psql -U user -c "SELECT * FROM notes"
docker compose down
