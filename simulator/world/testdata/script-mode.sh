docker run -it --name box alpine sh
echo $?
docker ps -a -q
docker run -t alpine sh -c 'echo tty'
echo 'echo from stdin; exit 4' | docker run -i --name piped alpine sh
echo $?
docker run -dit --name web alpine
echo 'cd /tmp; pwd' | docker exec -i web sh
docker exec -it web sh
docker attach web
docker attach piped
