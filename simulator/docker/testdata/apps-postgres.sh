docker run -d --name nopass postgres
docker logs nopass
docker ps -a --format '{{.Names}} {{.Status}}'
docker network create backend
docker run -d --name db --network backend -e POSTGRES_PASSWORD=secret -v pgdata:/var/lib/postgresql/data postgres
docker logs db
docker exec db psql -c "select 1"
docker exec db psql -U postgres -c "select 1"
docker exec db psql -U postgres -c "create table users (id serial primary key, name text not null, age int)"
docker exec db psql -U postgres -c "insert into users (name, age) values ('alice', 31), ('bob', 27)"
docker exec db psql -U postgres -c "select * from users"
docker exec db psql -U postgres -c "select name from users where age > 28 order by name"
docker exec db psql -U postgres -c "select * from nope"
docker exec db psql -U postgres -c "selct 1"
docker exec db psql -U postgres -c "insert into users (name, age) values ('carol', 'old')"
docker exec db psql -U postgres -c "insert into users (id, name) values (1, 'dup')"
docker exec db psql -U postgres -c "insert into users (age) values (40)"
docker exec db psql -U postgres -c '\dt'
docker exec db psql -U postgres -c '\d users'
docker exec db psql -U postgres -c '\l'
docker exec db psql -U postgres -c "select count(*) from users"
docker exec db psql -U postgres -c "update users set age = age + 1 where name = 'bob'" -c "select name, age from users order by id"
docker exec db sh -c "printf 'select 1 as one;\nselect * from missing;\n\\\\q\n' | psql -U postgres"
docker exec db ls -ld /var/lib/postgresql/data
docker exec db cat /var/lib/postgresql/data/PG_VERSION
docker run --rm --network backend postgres psql -h db -U postgres -c "select 1"
docker run --rm --network backend -e PGPASSWORD=secret postgres psql -h db -U postgres -c "select name from users"
docker run --rm --network backend -e PGPASSWORD=wrong postgres psql -h db -U postgres -c "select 1"
docker run --rm --network backend postgres psql -h nodb -U postgres -c "select 1"
docker run --rm postgres psql -U postgres -c "select 1"
docker restart db
docker logs --tail 9 db
docker rm -f db
docker run -d --name db2 -e POSTGRES_PASSWORD=other -v pgdata:/var/lib/postgresql/data postgres
docker logs db2
docker exec db2 psql -U postgres -c "select * from users"
docker run -d --name shop -e POSTGRES_PASSWORD=secret -e POSTGRES_DB=shop -v $PWD/init:/docker-entrypoint-initdb.d postgres
docker logs shop
docker exec shop psql -U postgres -d shop -c "select * from products"
docker exec shop psql -U postgres -c "select * from products"
docker exec shop postgres
