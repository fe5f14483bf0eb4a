kubectl apply -f sc.yaml
kubectl apply -f web-sts.yaml
kubectl get sts
kubectl get pods
kubectl rollout status sts/web --timeout=5m
kubectl get sts -o wide
kubectl get pods -l app=nginx
kubectl delete pod web-0
sleep 1
kubectl get pods
sleep 40
kubectl get pods
kubectl set image sts/web nginx=nginx:latest
kubectl rollout status sts/web --timeout=5m
kubectl scale sts web --replicas=1
sleep 5
kubectl get pods
sleep 60
kubectl get pods
kubectl get sts
kubectl describe sts web
kubectl apply -f ds.yaml
kubectl get ds
kubectl rollout status ds/node-agent
kubectl get ds -o wide
kubectl get pods -l app=node-agent -o wide
kubectl delete sts web
sleep 60
kubectl get pods
