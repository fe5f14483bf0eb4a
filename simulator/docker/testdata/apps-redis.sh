docker network create app
docker run -d --name cache --network app redis
docker logs cache
docker exec cache redis-cli ping
docker exec cache redis-cli set greeting hello
docker exec cache redis-cli get greeting
docker exec -t cache redis-cli get greeting
docker exec -t cache redis-cli get missing
docker exec cache redis-cli incr visits
docker exec -t cache redis-cli incr visits
docker exec -t cache redis-cli rpush queue a b c
docker exec -t cache redis-cli lrange queue 0 -1
docker exec -t cache redis-cli keys '*'
docker exec -t cache redis-cli exists greeting nope
docker exec -t cache redis-cli incr greeting
docker exec -t cache redis-cli lpush greeting x
docker exec -t cache redis-cli foo bar
docker exec -t cache redis-cli get
docker exec -t cache redis-cli del greeting
docker run --rm --network app redis redis-cli -h cache get visits
docker run --rm --network app redis redis-cli -h nosuch ping
docker run --rm redis redis-cli -h cache ping
docker exec cache redis-cli -p 6380 ping
docker exec cache redis-cli -x
docker exec cache ls -l /data
docker restart cache
docker logs --tail 7 cache
docker exec -t cache redis-cli get visits
docker rm -f cache
docker run -d --name cache --network app redis
docker exec -t cache redis-cli get visits
docker run -d --name locked redis redis-server --requirepass s3cret
docker exec -t locked redis-cli ping
docker exec -t locked redis-cli -a s3cret ping
docker exec cache redis-cli --version
