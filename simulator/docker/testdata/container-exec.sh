docker run -d --name web alpine sleep 1000
docker exec web ls /etc/alpine-release
docker exec web sh -c 'echo hi > /tmp/x; cat /tmp/x'
docker exec web cat /tmp/x
docker exec -e NAME=bob web sh -c 'echo $NAME'
docker exec -w /tmp web pwd
docker exec -u nobody web id
docker exec web bash
echo $?
docker exec -it web sh -c 'echo tty'
docker exec -t web sh -c 'echo tty; echo err >&2'
docker exec -it web sh
docker exec -d web touch /made
docker exec web ls /made
docker pause web
docker exec web ls
echo $?
docker unpause web
docker stop -t 0 web
docker exec web ls
echo $?
docker exec nope ls
echo $?
docker exec web
